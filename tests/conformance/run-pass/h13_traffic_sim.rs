// Traffic intersection simulation: enum state machine, loop-with-value, shadowing across blocks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Light {
    Red,
    Green,
    Yellow,
}

#[derive(Debug, Clone, Copy)]
struct Lane {
    light: Light,
    timer: u8,
    queue: u16,
    passed: u32,
}

impl Light {
    fn duration(self) -> u8 {
        match self {
            Light::Red => 6,
            Light::Green => 5,
            Light::Yellow => 2,
        }
    }

    fn next(self) -> Light {
        match self {
            Light::Red => Light::Green,
            Light::Green => Light::Yellow,
            Light::Yellow => Light::Red,
        }
    }
}

impl Lane {
    fn tick(&mut self, arrivals: u16) {
        self.queue = self.queue.saturating_add(arrivals);
        if self.light == Light::Green && self.queue > 0 {
            let moved = self.queue.min(2);
            self.queue -= moved;
            self.passed += moved as u32;
        }
        self.timer = self.timer.saturating_sub(1);
        if self.timer == 0 {
            self.light = self.light.next();
            self.timer = self.light.duration();
        }
    }
}

fn arrivals(t: u32, lane: usize) -> u16 {
    let x = t.wrapping_mul(2_654_435_761).rotate_left(lane as u32 * 7);
    (x % 3) as u16
}

fn main() {
    let mut lanes = [
        Lane { light: Light::Green, timer: Light::Green.duration(), queue: 0, passed: 0 },
        Lane { light: Light::Red, timer: 7, queue: 3, passed: 0 },
    ];
    let mut t = 0u32;
    let worst = loop {
        t += 1;
        for i in 0..lanes.len() {
            let a = arrivals(t, i);
            let lane = &mut lanes[i];
            lane.tick(a);
        }
        let t = t as u64;
        if t % 5 == 0 {
            let total_q = { let q = lanes[0].queue; let q = q + lanes[1].queue; q };
            println!("t={t:>3} {:?}/{:?} queues {:>2} {:>2} total {total_q}", lanes[0].light, lanes[1].light, lanes[0].queue, lanes[1].queue);
        }
        if t >= 40 {
            let worst = if lanes[0].queue > lanes[1].queue { 0 } else { 1 };
            break worst;
        }
    };
    println!("after {t} ticks worst lane {worst}");
    for (i, Lane { passed, queue, .. }) in lanes.iter().enumerate() {
        let ratio = *passed as f32 / (*passed + *queue as u32).max(1) as f32;
        println!("lane {i}: passed {passed:>3} waiting {queue:>2} throughput {ratio:.3}");
    }
    let light = lanes[1].light;
    let light = light as i32 * 10;
    println!("light code {light}");
}
