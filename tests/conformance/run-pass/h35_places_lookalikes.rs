// Valid look-alikes of moving out of places: Copy fields, borrows, ref
// bindings, `let _`, matches without bindings, moves from owned locals.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Vec2 {
    x: i32,
    y: i32,
}

#[derive(Debug, Clone, PartialEq)]
struct Name {
    len: usize,
    first: char,
}

#[derive(Debug)]
enum Body {
    Point(Vec2),
    Labeled { at: Vec2, name: Name },
    Empty,
}

#[derive(Debug)]
struct World {
    bodies: [Body; 3],
    origin: Vec2,
    title: Name,
    ticks: u64,
}

impl World {
    fn origin(&self) -> Vec2 {
        self.origin
    }

    fn title_len(&self) -> usize {
        self.title.len
    }

    fn title_ref(&self) -> &Name {
        &self.title
    }

    fn title_copy(&self) -> Name {
        self.title.clone()
    }

    fn first_pos(&self) -> Vec2 {
        match self.bodies[0] {
            Body::Point(p) => p,
            Body::Labeled { at, .. } => at,
            Body::Empty => self.origin,
        }
    }

    fn count_labeled(&self) -> usize {
        let mut n = 0;
        for b in &self.bodies {
            if let Body::Labeled { .. } = *b {
                n += 1;
            }
        }
        n
    }

    fn name_of(&self, i: usize) -> usize {
        match self.bodies[i] {
            Body::Labeled { ref name, at: _ } => name.len,
            _ => 0,
        }
    }

    fn rename(&mut self, i: usize, len: usize) {
        if let Body::Labeled { ref mut name, .. } = self.bodies[i] {
            name.len = len;
        }
        self.title = Name { len, first: self.title.first };
    }

    fn tick(&mut self) -> u64 {
        self.ticks += 1;
        let _ = self.title;
        let _ = self.bodies[1];
        match self.bodies[2] {
            _ => {}
        }
        self.ticks
    }

    fn into_title(self) -> Name {
        self.title
    }
}

fn shift(p: &Vec2, by: i32) -> Vec2 {
    let Vec2 { x, y } = *p;
    Vec2 { x: x + by, y: y + by }
}

fn same_title(a: &World, b: &World) -> bool {
    a.title == b.title && a.origin == (*b).origin
}

fn main() {
    let mut w = World {
        bodies: [
            Body::Point(Vec2 { x: 1, y: 2 }),
            Body::Labeled { at: Vec2 { x: 5, y: 5 }, name: Name { len: 4, first: 'r' } },
            Body::Empty,
        ],
        origin: Vec2 { x: 0, y: 0 },
        title: Name { len: 5, first: 'w' },
        ticks: 0,
    };
    let r = &w;
    println!("{:?} {} {:?}", r.origin(), r.title_len(), r.title_ref());
    println!("{:?} {:?}", r.first_pos(), shift(&r.origin, 3));
    println!("{} {}", r.count_labeled(), r.name_of(1));
    let copy = r.title_copy();
    println!("{:?}", copy);
    w.rename(1, 9);
    println!("{} {}", w.name_of(1), w.tick());
    let pts = [Vec2 { x: 1, y: 1 }, Vec2 { x: 2, y: 3 }];
    let second = pts[1];
    let pr = &pts;
    let first = pr[0];
    println!("{:?} {:?}", first, second);
    let other = World { bodies: [Body::Empty, Body::Empty, Body::Empty], origin: Vec2 { x: 0, y: 0 }, title: Name { len: 9, first: 'w' }, ticks: 3 };
    println!("{}", same_title(&w, &other));
    let owned_bodies = other.bodies;
    let [a, _, _] = owned_bodies;
    println!("{:?}", a);
    let t = w.into_title();
    println!("{:?}", t);
}
