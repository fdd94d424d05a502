// The binary mixes units and pen states at the crate boundary.
use lengths::imperial::{to_mm, Inch};
use lengths::{Axis, Mm};
use plotter::{steps, travel, Move, Pen};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Axis2 {
    X,
    Y,
}

fn pen_for(layer: u8) -> Pen {
    if layer == 0 { Pen::Up } else { Axis2::X }
}

fn main() {
    let moves = [
        Move { axis: Axis::X, by: Mm(12.5) },
        Move { axis: Axis::Y, by: to_mm(Inch(2.0)) },
        Move { axis: Axis2::X, by: Mm(3.0) },
        Move { axis: Axis::Y, by: Inch(1.0) },
    ];
    let x: Mm = travel(&moves, Axis::X);
    let y: f64 = travel(&moves, Axis::Y);
    println!("x {:?} y {}", x, y);
    println!("steps {}", steps(x, 80, true));
    println!("scaled {:?}", x.scale(2.0));
    println!("thou {:?}", to_mm(Inch::THOU, 3));
    let total: u32 = steps(x.add(Mm(1.0)), 80u64);
    println!("{} {:?}", total, pen_for(1) == Pen::Down);
}
