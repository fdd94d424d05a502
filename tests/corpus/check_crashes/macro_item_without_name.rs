fn main() {}
macro
