// A wall thermostat driving one unit from the hvac crate.
use hvac::{Mode, Unit};

fn main() {
    let mut u = Unit::new("hall");
    u.set(Unit::MAX_SET + 4);
    println!("{} set to {} (factory {})", u.name, u.setpoint(), Unit::FACTORY_SET);
    u.mode = Mode::from_code(2);
    if u.mode == Mode::Dry {
        println!("drying");
    }
    let code: u8 = u.mode;
    let level = Mode::Cool as u8 + Unit::clamp(3);
    println!("{} {} {}", code, level, u.mode.is_active(true));
    u.mode = Mode::DEFAULT.next();
    let m = Mode::from_code(1, 2);
    println!("{:?} {}", m, Unit::ECO_SET);
    let fan: bool = Mode::Fan;
    println!("{}", fan);
}
