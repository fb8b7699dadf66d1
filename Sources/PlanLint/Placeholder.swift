// PlanLint
