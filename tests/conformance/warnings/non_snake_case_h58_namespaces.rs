// lints: non_snake_case
mod count {
    pub fn get() -> i32 {
        7
    }
}

#[derive(Debug)]
struct Meters {
    value: f64,
}

fn Meters(v: f64) -> Meters {
    Meters { value: v }
}

struct Grid;

impl Grid {
    const SIZE: usize = 3;
    fn Size() -> usize {
        Self::SIZE * 2
    }
    fn cells() -> [u8; Self::SIZE] {
        [0; Self::SIZE]
    }
}

fn main() {
    let count = count::get();
    let m = Meters(2.5);
    println!("{} {:?} {}", count, m, m.value);
    println!("{} {:?}", Grid::Size(), Grid::cells());
}
