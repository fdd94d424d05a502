mod app {
    pub fn main() -> i32 {
        helpers::main() + 1
    }

    pub mod helpers {
        pub fn main() -> i32 {
            41
        }
    }
}

fn main() {
    let code = app::main();
    println!("answer = {}", code);
    println!("inner = {}", app::helpers::main());
}
