fn helper() -> i32 {
    5
}

mod outer {
    pub fn run() -> i32 {
        mod local {
            pub fn get() -> i32 {
                super::sibling() + crate::helper()
            }
        }
        local::get()
    }

    fn sibling() -> i32 {
        10
    }
}

fn main() {
    mod tools {
        pub fn twice() -> i32 {
            super::helper() * 2
        }
    }
    println!("{} {}", outer::run(), tools::twice());
}
