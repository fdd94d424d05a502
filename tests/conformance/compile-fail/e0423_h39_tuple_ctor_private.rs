// Newtype ids whose constructors are private to the module.
mod ids {
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub struct UserId(u64);

    #[derive(Debug, Clone, Copy, PartialEq)]
    pub struct GroupId(pub u64);

    impl UserId {
        pub fn new(raw: u64) -> UserId {
            UserId(raw + 1000)
        }
        pub fn raw(&self) -> u64 {
            self.0
        }
    }
}

use ids::{GroupId, UserId};

fn main() {
    let admin = UserId::new(1);
    let guest = UserId(2);
    let staff = GroupId(7);
    println!("{:?} {:?} {:?}", admin, guest, staff);
    println!("{}", admin.raw());
}
