import ArgumentParser
import PlanRender

/// `--paper a4|letter`.
extension PaperSize: ExpressibleByArgument {}
