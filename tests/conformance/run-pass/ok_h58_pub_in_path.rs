pub mod engine {
    pub mod parts {
        pub(in crate::engine) fn bolt_count() -> u32 {
            12
        }
        pub(super) const SPARE: u32 = 2;
        pub(crate) fn serial() -> &'static str {
            "X-1"
        }
        pub(self) fn internal() -> u32 {
            1
        }
        pub fn total() -> u32 {
            bolt_count() + SPARE + internal()
        }
    }

    pub fn inspect() -> u32 {
        parts::bolt_count() * parts::SPARE
    }
}

fn main() {
    use engine::parts::{self, serial};
    println!("{} {} {}", engine::inspect(), parts::total(), serial());
}
