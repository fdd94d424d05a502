use ledger::{fee_rate, Book};

mod ui {
    pub fn banner() -> &'static str {
        "ledger"
    }

    pub fn footer() -> &'static str {
        "end"
    }

    pub struct Theme {
        pub dark: bool,
    }
}

pub fn exported_but_bin() -> u32 {
    7
}

fn main() {
    let mut b = Book::open();
    b.post(100);
    b.post(-20);
    let unused_total = b.balance() * 2;
    println!("{} {} {}", ui::banner(), b.balance(), b.entries);
}
