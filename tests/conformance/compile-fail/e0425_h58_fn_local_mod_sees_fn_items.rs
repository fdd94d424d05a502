fn main() {
    fn base() -> i32 {
        3
    }

    mod calc {
        pub fn tripled() -> i32 {
            super::base() * 3
        }
    }

    println!("{}", calc::tripled());
}
