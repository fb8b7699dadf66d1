// PlanDriver
