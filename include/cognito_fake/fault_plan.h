#ifndef COGNITO_FAKE_FAULT_PLAN_H_
#define COGNITO_FAKE_FAULT_PLAN_H_

/// @file
/// Fault plans as JSON (target `cognito_fake::wire`), for tests that keep
/// their scenarios as data and for `cognito-fake-server`
/// (`PUT /_cognito_fake/faults`). A plan:
///
/// ```json
/// {
///   "rules": [
///     {"name": "throttle", "operation": "ForgotPassword", "nth": 2,
///      "fail": {"error": "TooManyRequestsException"}},
///     {"operation": "ConfirmForgotPassword", "after": ["throttle"], "times": 1,
///      "username": "alice", "fail": {"error": "InternalErrorException", "message": "boom"}},
///     {"operation": "*", "probability": 0.1, "fail_after_call": "InternalErrorException"},
///     {"operation": "AdminGetUser", "delay_ms": 1500}
///   ],
///   "quotas": {"UserAccountRecovery": 30}
/// }
/// ```
///
/// Members of a rule: `name`, `operation` (an AWS operation name or `"*"`),
/// one schedule of `nth`, `times`, `probability` (default: always),
/// `username` (a `WhenUsername` predicate), `after` (rule names), one
/// action of `fail` (`{"error", "message"}`), `fail_after_call` (an
/// exception name) or `delay_ms`, and `allow_undocumented`. `quotas`, if
/// present, turns quota emulation on with those requests per second.

#include <cognito_fake/fault_injector.h>
#include <cognito_fake/status.h>

#include <string_view>

namespace cognito_fake {

/// Adds every rule of the plan `json` to `injector`. The whole plan is
/// checked first; on any error (not JSON, an unknown member, operation or
/// exception, a rule `FaultInjector::Add` refuses) nothing is added and
/// the status says which rule and why.
Status LoadFaultPlan(FaultInjector& injector, std::string_view json);

}  // namespace cognito_fake

#endif  // COGNITO_FAKE_FAULT_PLAN_H_
