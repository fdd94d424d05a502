mod yard;

use cargo::Cargo;
use yard::Bay;

pub fn report(c: Cargo, grid: &crate::Grid) {
    let bay = Bay::for_cargo(&c);
    let owned = c;
    println!("cargo {} -> bay {} dest {:?} mark {}", owned.id(), bay.0, owned.dest, grid[1][2]);
}
