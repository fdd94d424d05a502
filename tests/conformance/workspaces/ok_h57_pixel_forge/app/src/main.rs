use render::{Canvas, Pixel};
use shapes::{Shape, ORIGIN};

fn main() {
    let shapes = [
        Shape::Dot(ORIGIN),
        Shape::Rect { corner: Pixel { x: 2, y: 1 }, w: 3, h: 2 },
        Shape::Line(Pixel { x: 0, y: 4 }, Pixel { x: 7, y: 4 }),
        Shape::Dot(Pixel { y: 0, ..ORIGIN }),
    ];
    let mut canvas = Canvas::new();
    let mut total = 0;
    for s in &shapes {
        canvas.draw(s);
        total += s.area();
        if let Shape::Rect { corner: Pixel { x, y }, .. } = s {
            println!("rect at ({x}, {y})");
        }
    }
    canvas.show();
    println!("{} shapes, {} cells, blank = {:?}", canvas.drawn, total, render::BLANK);
}
