mod draw;
mod inspect;

use canvas::{Blend::*, Palette};
use shapes::Missing;
use shapes::{kinds::Color, Poly as Shape, SIDES};

const N: usize = shapes::SIDES;

pub struct Scene {
    pub main: Shape,
    pub blend: canvas::Blend,
    pub outline: [u32; SIDES],
}

fn main() {
    let first = Shape::square(3);
    let second = Shape::square(2, Color::Red);
    let sides: [u32; N] = [1, 2, 3];
    let scene = Scene { main: second, blend: Over, outline: sides };
    let fill: Color = Mix(4);
    draw::render(&scene);
    inspect::audit(&scene.main);
    println!("{:?} {:?} {}", first, fill, draw::weight(scene.blend));
}
