// Struct visibility mistakes: building a struct with private fields, reading a private field.
mod account {
    #[derive(Debug)]
    pub struct Login {
        pub user: &'static str,
        password: &'static str,
    }

    impl Login {
        pub fn new(user: &'static str, password: &'static str) -> Login {
            Login { user, password }
        }

        pub fn check(&self, attempt: &str) -> bool {
            self.password == attempt
        }
    }
}

fn main() {
    let ok = account::Login::new("ada", "hunter2");
    println!("{} {}", ok.user, ok.check("hunter2"));
    // mistake 1: password is private, the literal is not allowed
    let forged = account::Login { user: "eve", password: "x" };
    // mistake 2: reading a private field
    println!("{}", ok.password);
    println!("{:?}", forged);
}
