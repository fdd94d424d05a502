// Projectile motion with drag, integrated with a fixed time step.
#[derive(Debug, Clone, Copy, Default)]
struct Vec2 {
    x: f64,
    y: f64,
}

impl Vec2 {
    fn add(self, o: Vec2) -> Vec2 {
        Vec2 { x: self.x + o.x, y: self.y + o.y }
    }
    fn scale(self, k: f64) -> Vec2 {
        Vec2 { x: self.x * k, y: self.y * k }
    }
    fn length(self) -> f64 {
        self.x.hypot(self.y)
    }
}

const GRAVITY: Vec2 = Vec2 { x: 0.0, y: -9.81 };
const DT: f64 = 0.01;

fn simulate(angle_deg: f64, speed: f64, drag: f64) -> (f64, f64, u32) {
    let angle = angle_deg * std::f64::consts::PI / 180.0;
    let mut pos = Vec2::default();
    let mut vel = Vec2 { x: speed * angle.cos(), y: speed * angle.sin() };
    let mut max_height: f64 = 0.0;
    let mut steps = 0;
    loop {
        let accel = GRAVITY.add(vel.scale(-drag * vel.length()));
        vel = vel.add(accel.scale(DT));
        pos = pos.add(vel.scale(DT));
        max_height = max_height.max(pos.y);
        steps += 1;
        if pos.y < 0.0 || steps > 100_000 {
            break;
        }
    }
    (pos.x, max_height, steps)
}

fn main() {
    for angle in [15.0, 30.0, 45.0, 60.0, 75.0] {
        let (range, height, steps) = simulate(angle, 50.0, 0.0);
        let (range_d, _, _) = simulate(angle, 50.0, 0.002);
        println!("{:>4}deg range {:8.2} m (drag {:8.2}) height {:7.2} m steps {}", angle, range, range_d, height, steps);
    }
}
