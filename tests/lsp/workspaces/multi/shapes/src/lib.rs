// The dependency: its one error is in a body, so it still has an interface.
pub fn area(side: u64) -> u64 {
    let _wide: bool = 1;
    side * side
}
