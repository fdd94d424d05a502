// Module mistakes: calling a private function and a pub(in) function from outside its scope.
mod bank {
    pub mod vault {
        pub(in crate::bank) fn open_door() {
            println!("door open");
        }

        pub fn deposit(amount: u32) -> u32 {
            check_amount(amount);
            amount
        }

        fn check_amount(amount: u32) {
            assert!(amount > 0, "empty deposit");
        }
    }

    pub fn audit() {
        vault::open_door();
        println!("audited");
    }
}

fn main() {
    println!("{}", bank::vault::deposit(50));
    bank::audit();
    // mistake 1: check_amount is private to vault
    bank::vault::check_amount(10);
    // mistake 2: open_door is only visible inside bank
    bank::vault::open_door();
}
