// How a front-end uses the generated types: a request and a response of each service, typed from its spec.
// If a spec loses an operation or a schema, or stops saying which fields may be null, this stops compiling:
// tsconfig.json is strict, so every nullable field below must be handled before it is used.
import type { paths as PlanPaths, components as PlanSchemas } from "../generated/plan-service";
import type { paths as IndicatorPaths, components as IndicatorSchemas } from "../generated/indicator-service";
import type { paths as EmergencyPaths } from "../generated/emergency-service";
import type { paths as SubsidyPaths } from "../generated/subsidy-service";

type Ok<Op> = Op extends { responses: { 200: { content: { "application/json": infer B } } } } ? B : never;

type AuditPage<P> = P extends { "/api/v1/audit": { get: infer Op } } ? Ok<Op> : never;

export type PlanAudit = AuditPage<PlanPaths>;
export type IndicatorAudit = AuditPage<IndicatorPaths>;
export type EmergencyAudit = AuditPage<EmergencyPaths>;
export type SubsidyAudit = AuditPage<SubsidyPaths>;

// Every service pages the same way (docs/api-guide.md, "Paging"): total and totalPages are always there.
export function pagesLeft(page: PlanAudit | IndicatorAudit | EmergencyAudit | SubsidyAudit): number {
  return page.totalPages - page.page - 1;
}

// An audit entry's jurisdiction is null for unscoped callers: the type says so.
export function auditedWhere(page: PlanAudit): string[] {
  return page.items.map((entry) => entry.jurisdiction ?? "（全辖区）");
}

// A monitoring value: `supersedes` is null for a first submission.
type MonitoringValue = IndicatorSchemas["schemas"]["MonitoringValue"];
export function isCorrection(value: MonitoringValue): boolean {
  return value.supersedes !== null;
}

// An evaluated target: `observed` is null while no value is approved; the explanation is always a text.
type TargetEvaluation = IndicatorSchemas["schemas"]["TargetEvaluation"];
export function observedLabel(target: TargetEvaluation): string {
  return target.observed === null ? `暂无数据：${target.explanation}` : `${target.observed}`;
}

// A plan's target: `valueHigh` is only set for a range ("2-3家").
type Target = PlanSchemas["schemas"]["Target"];
export function targetLabel(target: Target): string {
  const high = target.valueHigh;
  return high === null ? `${target.value ?? "—"}` : `${target.value ?? "—"}–${high}`;
}

// The evaluation operation's answer, typed from the path.
export type Evaluation = Ok<IndicatorPaths["/api/v1/evaluations"]["get"]>;
