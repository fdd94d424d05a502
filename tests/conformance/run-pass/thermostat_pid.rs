// A PID controller heating a simple room model toward a set point.
struct Pid {
    kp: f64,
    ki: f64,
    kd: f64,
    integral: f64,
    last_error: f64,
}

impl Pid {
    fn update(&mut self, error: f64, dt: f64) -> f64 {
        self.integral += error * dt;
        let derivative = (error - self.last_error) / dt;
        self.last_error = error;
        self.kp * error + self.ki * self.integral + self.kd * derivative
    }
}

struct Room {
    temp: f64,
    outside: f64,
    loss: f64,
}

impl Room {
    fn step(&mut self, heater_kw: f64, dt: f64) {
        self.temp += (heater_kw * 0.8 - self.loss * (self.temp - self.outside)) * dt;
    }
}

fn main() {
    let set_point = 21.0;
    let mut pid = Pid { kp: 2.0, ki: 0.15, kd: 0.5, integral: 0.0, last_error: set_point - 12.0 };
    let mut room = Room { temp: 12.0, outside: 4.0, loss: 0.1 };
    let dt = 0.5;
    let mut overshoot: f64 = 0.0;
    for step in 0..60 {
        let power = pid.update(set_point - room.temp, dt).clamp(0.0, 5.0);
        room.step(power, dt);
        overshoot = overshoot.max(room.temp - set_point);
        if step % 6 == 0 {
            println!("t={:5.1} power={:5.2} kW temp={:6.3}", step as f64 * dt, power, room.temp);
        }
    }
    println!("final {:.4}, max overshoot {:.4}", room.temp, overshoot);
}
