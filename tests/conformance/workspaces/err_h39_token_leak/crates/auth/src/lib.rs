//! Session tokens. The author forgot to make `Token` public.
pub mod session {
    #[derive(Debug, Clone, Copy, PartialEq)]
    struct Token {
        user: u32,
        expires: u64,
    }

    impl Token {
        pub fn user(&self) -> u32 {
            self.user
        }
        pub fn valid_at(&self, now: u64) -> bool {
            now < self.expires
        }
    }

    pub fn login(user: u32, now: u64) -> Token {
        Token { user, expires: now + 3600 }
    }

    pub fn refresh(t: Token, now: u64) -> Token {
        Token { user: t.user, expires: now + 3600 }
    }
}

pub use session::login;
