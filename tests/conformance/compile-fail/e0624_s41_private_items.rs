// Private methods, associated functions and consts used from outside their module.
mod m {
    pub struct S;
    impl S {
        fn make() -> S { S }
        const LIMIT: u32 = 3;
        fn go(&self) {}
    }
}
fn main() {
    let s = m::S::make();
    let l = m::S::LIMIT;
    m::S.go();
    let _ = (s, l);
}
