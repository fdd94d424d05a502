// A wallet whose balance field is private is modified and read from outside its module.
mod wallet {
    pub struct Wallet {
        owner: &'static str,
        balance: u64,
    }

    impl Wallet {
        pub fn open(owner: &'static str) -> Wallet {
            Wallet { owner, balance: 0 }
        }
        pub fn owner(&self) -> &'static str {
            self.owner
        }
    }
}

fn main() {
    let mut w = wallet::Wallet::open("sam");
    w.balance += 100;
    println!("{} has {}", w.owner(), w.balance);
}
