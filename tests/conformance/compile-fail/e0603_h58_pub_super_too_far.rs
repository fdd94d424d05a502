mod engine {
    pub mod parts {
        pub(super) fn bolt_count() -> u32 {
            12
        }
    }

    pub fn inspect() -> u32 {
        parts::bolt_count()
    }
}

fn main() {
    println!("{}", engine::inspect());
    println!("{}", engine::parts::bolt_count());
}
