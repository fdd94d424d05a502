// Struct update syntax with Copy and non-Copy bases, arrays of structs mutated through
// `&mut` in loops, and `Default` derives.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Config {
    width: u16,
    height: u16,
    depth: u8,
    wrap: bool,
}

#[derive(Debug, Default)]
struct Drone {
    id: u32,
    pos: (i32, i32),
    battery: u8,
    cfg: Config,
}

fn recharge(drones: &mut [Drone], threshold: u8) -> usize {
    let mut count = 0;
    for d in drones.iter_mut() {
        if d.battery < threshold {
            d.battery = 100;
            count += 1;
        }
    }
    count
}

fn drift(d: &mut Drone, dx: i32, dy: i32) {
    let (x, y) = d.pos;
    d.pos = (x + dx, y + dy);
    d.battery = d.battery.saturating_sub(7);
}

fn main() {
    let base = Config { width: 64, height: 48, ..Config::default() };
    let tall = Config { height: 200, ..base };
    let wrapped = Config { wrap: true, depth: 3, ..tall };
    println!("{:?}\n{:?}\n{:?}", base, tall, wrapped);
    assert!(base != tall);

    let template = Drone { battery: 30, cfg: wrapped, ..Drone::default() };
    let mut fleet = [
        Drone { id: 1, ..template },
        Drone { id: 2, pos: (5, -5), battery: 90, ..Drone::default() },
        Drone { id: 3, battery: 4, cfg: Config { depth: 9, ..base }, pos: (1, 1) },
    ];
    for round in 0..3 {
        for (i, d) in fleet.iter_mut().enumerate() {
            drift(d, round + i as i32, -(round as i32));
        }
        let n = recharge(&mut fleet, 20);
        println!("round {} recharged {}", round, n);
    }
    for d in &fleet {
        println!("{} at {:?} battery {} depth {}", d.id, d.pos, d.battery, d.cfg.depth);
    }
    let total: u32 = {
        let mut t = 0;
        for d in fleet.iter() {
            t += d.battery as u32;
        }
        t
    };
    println!("total battery {}", total);
}
