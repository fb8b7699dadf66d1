// The chapters in this folder are the fixture plan "UnformattedPlan"; SwiftPM drops a target without a
// Swift file, so this file only holds this comment.
