// lints: path_statements
// Leftover debugging statements that evaluate a place and do nothing.
#[derive(Debug, Clone, Copy)]
struct Vec2 {
    x: f32,
    y: f32,
}

fn length(v: Vec2) -> f32 {
    v;
    (v.x * v.x + v.y * v.y).sqrt()
}

fn main() {
    let points = [Vec2 { x: 3.0, y: 4.0 }, Vec2 { x: 1.0, y: 1.0 }];
    let mut longest = 0.0;
    for p in points {
        let l = length(p);
        longest;
        if l > longest {
            longest = l;
        }
    }
    println!("{}", longest);
}
