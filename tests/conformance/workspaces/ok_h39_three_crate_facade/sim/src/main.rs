use phys::length::Meters;
use phys::{nearly_equal, speed, travel, Seconds};

mod scenario {
    use phys::Speed;

    pub fn faster(a: Speed, b: Speed) -> Speed {
        if a.mps >= b.mps { a } else { b }
    }
}

fn main() {
    let a = speed(Meters(100.0), Seconds(9.58));
    let b = speed(Meters(200.0), Seconds(19.19));
    let best = scenario::faster(a, b);
    let d = travel(best, Seconds(60.0));
    println!("best {:.3} m/s, {:.3} km in a minute", best.mps, d.km());
    println!("{}", nearly_equal(d.0, best.mps * 60.0));
    println!("{:?}", phys::Meters(1.5) < Meters(2.0));
}
