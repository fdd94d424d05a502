// A newtype with a private inner value is unwrapped from outside its module.
mod ids {
    #[derive(Debug, Clone, Copy)]
    pub struct UserId(u32);

    pub fn new_user(n: u32) -> UserId {
        UserId(n + 1000)
    }

    pub struct Session {
        pub user: UserId,
        token: u64,
    }

    pub fn login(user: UserId) -> Session {
        Session { user, token: 0xABCD }
    }
}

fn main() {
    let u = ids::new_user(5);
    let s = ids::login(u);
    println!("{} {}", u.0, s.token);
}
