use shapes::{Pt, Shape, CELL};

fn main() {
    let a = Pt::new(1, 2);
    let b = Pt::new(4i64, 6);
    let d = a.manhattan(b);
    let half: f32 = d / 2;
    let s = Shape::Box { min: a, max: Pt::ZERO };
    let w = s.width() + CELL;
    let cells: i32 = s.cells();
    let pz = Pt::ZERO;
    pz.shift(1, 1);
    let g = geom::GRID;
    let dot = shapes::Dot(a);
    println!("{} {} {} {} {:?} {} {:?}", d, half, w, cells, pz, g, dot);
}
