use meter::units::{kilowatts, Watts};
use meter::Meter;

fn main() {
    let mut m = Meter::new(7);
    m.record(Watts(1500));
    m.record(Watts(250));
    // This error is never reported by cargo: the library fails first.
    let label: &str = m.id;
    println!("{} {} {}", label, m.total(), kilowatts(Watts(2500)));
}
