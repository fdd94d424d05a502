// A game loop using a constant from another module without importing it, and an undefined function.
mod config {
    pub const MAX_FRAMES: u32 = 3;
    pub const GRAVITY: f32 = 9.8;
}

struct Ball {
    y: f32,
    vy: f32,
}

fn main() {
    let mut ball = Ball { y: 10.0, vy: 0.0 };
    for frame in 0..MAX_FRAMES {
        ball.vy -= config::GRAVITY * 0.1;
        ball.y += ball.vy;
        render(frame, &ball);
    }
    println!("{}", ball.y);
}
