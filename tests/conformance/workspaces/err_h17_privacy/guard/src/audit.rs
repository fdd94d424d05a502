use vault::locker::{Key, Locker};

pub fn report(l: &Locker) {
    let forged = Key(42);
    let real = vault::master_key();
    println!("{} {} {}", l.opened, forged == real, real.0);
    let copy = Key::make(real.raw());
    println!("{}", copy.raw() + vault::secrets::PEPPER);
}
