mod depot;
mod route;

use cargo::prelude::*;
use cargo::{Dir, Point as P, STOPS};
use geo::Heading::*;
use geo::{shapes::unit_square, LEN as SLOTS};

const N: usize = geo::LEN;
pub type Grid = [[u8; N]; SLOTS];
type Manifest = [Kind; cargo::STOPS];

struct Truck {
    name: &'static str,
    pos: P,
    facing: Dir,
    trail: [P; geo::LEN],
    load: Cargo,
}

impl Truck {
    fn drive(&mut self, n: i32) {
        self.trail[(n as usize) % N] = self.pos;
        self.pos = self.pos.step(self.facing, n);
    }
}

// Shadows `area` from the glob `cargo::prelude::*` (which re-exports geo::shapes::*).
fn area(r: &Rect) -> i32 {
    geo::shapes::area(r) * 100
}

fn arrow(h: Dir) -> char {
    match h {
        North => '^',
        East => '>',
        South => 'v',
        West => '<',
    }
}

fn main() {
    let home = P::new(0, 0);
    let load = Cargo::new(1, Kind::Grain, 10, P::new(3, 2));
    let mut truck = Truck { name: "t1", pos: home, facing: North, trail: [home; N], load };
    truck.drive(2);
    truck.facing = truck.facing.right();
    truck.drive(3);
    truck.load.top_up(50);
    let kind = route::describe(truck.load.kind);
    println!("{} at {:?} {} with {} t of {}", truck.name, truck.pos, arrow(truck.facing), truck.load.tons, kind);
    println!("home {:?} is {} away, trail {:?}", home, home.manhattan(&truck.pos), truck.trail[2]);

    let mut grid: Grid = [[0; N]; SLOTS];
    grid[1][2] = 9;
    let row: [u8; geo::LEN] = grid[1];
    let manifest: Manifest = [Kind::Grain, Kind::Ore { grade: 7 }, Kind::Fuel(12_000), Kind::Empty, Kind::Ore { grade: 2 }];
    let total = route::plan(&manifest);

    let mut yard = unit_square();
    yard.grow(2);
    println!("yard {} area {} has truck: {} row {:?}", yard.label(), area(&yard), yard.contains(truck.pos), row);
    depot::report(truck.load, &grid);
    println!("total {} over {} stops, audited {}", total, STOPS, cargo::audited());
}
