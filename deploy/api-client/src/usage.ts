// How a front-end uses the generated types: a request and a response of each service, typed from its spec.
// If a spec loses the operation or its schema, this stops compiling.
import type { paths as PlanPaths } from "../generated/plan-service";
import type { paths as IndicatorPaths } from "../generated/indicator-service";
import type { paths as EmergencyPaths } from "../generated/emergency-service";
import type { paths as SubsidyPaths } from "../generated/subsidy-service";

type AuditPage<P> = P extends { "/api/v1/audit": { get: { responses: { 200: { content: { "application/json": infer B } } } } } }
  ? B
  : never;

export type PlanAudit = AuditPage<PlanPaths>;
export type IndicatorAudit = AuditPage<IndicatorPaths>;
export type EmergencyAudit = AuditPage<EmergencyPaths>;
export type SubsidyAudit = AuditPage<SubsidyPaths>;

// Every service pages its audit log the same way (docs/api-guide.md, "Paging").
export function totalOf(page: PlanAudit | IndicatorAudit | EmergencyAudit | SubsidyAudit): number {
  return page.total ?? 0;
}
