use clinic::records::audit;
use clinic::billing::Invoice as Bill;
use clinic::{Invoice, PatientRecord, Token};

fn main() {
    let mut inv = Invoice::new(300);
    inv.settle();
    inv.mark();
    println!("{} {}", inv.amount, inv.paid);

    let mut p = PatientRecord::admit(42, 70);
    p.transfer(3);
    println!("{} {} {}", p.id, p.age, p.ward());
    println!("{}", p.ward);

    let t = Token::issue(9);
    let forged = Token(12);
    println!("{} {}", t.value(), t.0);

    let direct = Invoice { amount: 5, paid: true };
    println!("{:?}", direct);

    println!("{} {}", clinic::PUBLIC_RATE, clinic::INTERNAL_RATE);
    println!("{}", clinic::rate_for(30) + audit::entries() as u32);
    let _ = (forged, Bill::new(1));
}
