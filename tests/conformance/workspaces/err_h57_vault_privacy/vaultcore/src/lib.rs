pub mod keys;
mod sealing;

pub use keys::KeyId;

const MASTER_SALT: u64 = 0x5eed_cafe;
pub(crate) const ROUNDS: u32 = 3;

pub struct Vault {
    pub label: &'static str,
    secret: u64,
    pub(crate) opened: u32,
}

impl Vault {
    pub fn new(label: &'static str, secret: u64) -> Vault {
        Vault { label, secret: secret ^ MASTER_SALT, opened: 0 }
    }

    pub fn open(&mut self, key: KeyId) -> bool {
        self.opened += 1;
        self.check(key)
    }

    fn check(&self, key: KeyId) -> bool {
        sealing::mix(key.0, ROUNDS) == self.secret
    }
}
