use crate::Scene;
use canvas::*;
use canvas::Blend::*;

// Shadows the glob-imported `canvas::paint`, which takes two arguments.
fn paint(p: &Poly, at: (i32, i32), scale: u32) -> u32 {
    canvas::paint(p, at) * scale
}

pub fn weight(b: Blend) -> u32 {
    match b {
        Over => 1,
        Under => 2,
    }
}

pub fn render(s: &Scene) {
    let tint = match s.main.color {
        Red => 10,
        Custom(r, _, _) => r as u32,
        _ => 0,
    };
    let px = paint(&s.main, (1, 2));
    let layer = Layer { top: Poly::square(1, Blue), blend: s.blend };
    println!("{} {} {} {}", tint, px, layer.top.perimeter(), s.outline[0]);
}
