// Calls to unknown functions and methods whose arguments also contain mistakes.
struct Grid {
    w: usize,
    h: usize,
}

impl Grid {
    fn cells(&self) -> usize {
        self.w * self.h
    }
}

fn main() {
    let g = Grid { w: 4, h: 3 };
    let label = "grid";
    draw(g.cells() + label, g.depth);
    let r = render(g.w, undefined_var);
    g.resize(label * 2);
    g.cells().frobnicate(1u8 + 2u16);
    let z = Missing { a: 1 + true, b: g.w };
    let q = Grid { w: 1, h: 2, d: 3 };
    println!("{} {}", r, q.w);
}
