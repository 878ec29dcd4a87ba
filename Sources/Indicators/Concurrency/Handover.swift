/// Hands a value that is not `Sendable` (a reader positioned by the caller) to the other
/// thread, which is then its only user.
struct Handover<Value>: @unchecked Sendable {
    let value: Value
}
