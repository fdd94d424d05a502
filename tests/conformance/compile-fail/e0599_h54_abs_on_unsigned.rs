// Distance puzzles: Manhattan and Chebyshev distance on a grid of u32 coordinates.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Pos {
    x: u32,
    y: u32,
}

struct Route {
    stops: [Pos; 5],
}

impl Pos {
    fn manhattan(&self, other: &Pos) -> u32 {
        (self.x - other.x).abs() + (self.y - other.y).abs()
    }

    fn chebyshev(&self, other: &Pos) -> u32 {
        self.x.abs_diff(other.x).max(self.y.abs_diff(other.y))
    }

    fn shifted(&self, dx: i32, dy: i32) -> Pos {
        Pos {
            x: (self.x as i32 + dx).max(0) as u32,
            y: (self.y as i32 + dy).max(0) as u32,
        }
    }
}

impl Route {
    fn length(&self) -> u32 {
        let mut total = 0;
        for i in 1..self.stops.len() {
            total += self.stops[i - 1].manhattan(&self.stops[i]);
        }
        total
    }

    fn farthest_from_start(&self) -> usize {
        let start = self.stops[0];
        let mut best = 0;
        for (i, p) in self.stops.iter().enumerate() {
            if p.chebyshev(&start) > self.stops[best].chebyshev(&start) {
                best = i;
            }
        }
        best
    }
}

fn main() {
    let r = Route {
        stops: [
            Pos { x: 0, y: 0 },
            Pos { x: 3, y: 4 },
            Pos { x: 1, y: 9 },
            Pos { x: 7, y: 2 },
            Pos { x: 2, y: 2 },
        ],
    };
    println!("route length {}", r.length());
    println!("farthest stop #{}", r.farthest_from_start());
    let moved = r.stops[1].shifted(-5, 2);
    println!("{:?}", moved);
    let ratio = 2.0.powi(3);
    println!("{}", ratio);
}
