#![forbid(unused_variables)]
#![forbid(dead_code)]

struct Grid {
    cells: [[u8; 4]; 4],
}

impl Grid {
    fn count(&self) -> u32 {
        let mut n = 0;
        for row in self.cells.iter() {
            for c in row.iter() {
                n += *c as u32;
            }
        }
        n
    }
}

#[allow(dead_code)]
fn helper() {}

mod tools {
    #![allow(unused_variables)]
    pub fn noop(x: u32) {}
}

fn main() {
    let g = Grid { cells: [[1; 4]; 4] };
    #[allow(unused_variables)]
    let tmp = 3;
    println!("{}", g.count());
    tools::noop(2);
}
