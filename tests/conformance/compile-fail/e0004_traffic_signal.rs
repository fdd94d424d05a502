// A new Flashing state was added to the light, but the controller's match was not updated.
#[derive(Debug, Clone, Copy)]
enum Signal {
    Red,
    Amber,
    Green,
    Flashing,
}

fn wait_seconds(s: Signal) -> u32 {
    match s {
        Signal::Red => 30,
        Signal::Amber => 3,
        Signal::Green => 25,
    }
}

fn main() {
    let cycle = [Signal::Red, Signal::Green, Signal::Amber, Signal::Flashing];
    let mut total = 0;
    for s in cycle {
        total += wait_seconds(s);
        println!("{:?}", s);
    }
    println!("cycle takes {} s", total);
}
