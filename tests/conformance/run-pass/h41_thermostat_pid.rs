// A PID thermostat controlling a simulated room, with modes, clamping and a log ring.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Off,
    Heat,
    Cool,
    Auto { band_tenths: u16 },
}

#[derive(Debug, Clone, Copy, Default)]
struct Pid {
    kp: f64,
    ki: f64,
    kd: f64,
    integral: f64,
    prev_err: f64,
}

impl Pid {
    const OUTPUT_LIMIT: f64 = 100.0;

    fn update(&mut self, setpoint: f64, measured: f64, dt: f64) -> f64 {
        let err = setpoint - measured;
        self.integral = (self.integral + err * dt).clamp(-50.0, 50.0);
        let deriv = (err - self.prev_err) / dt;
        self.prev_err = err;
        (self.kp * err + self.ki * self.integral + self.kd * deriv).clamp(-Self::OUTPUT_LIMIT, Self::OUTPUT_LIMIT)
    }
}

struct Room {
    temp: f64,
    outside: f64,
}

impl Room {
    fn step(&mut self, power: f64, dt: f64) {
        let leak = (self.outside - self.temp) * 0.05;
        self.temp += (leak + power * 0.02) * dt;
    }
}

fn effective_power(mode: Mode, pid_out: f64, temp: f64, setpoint: f64) -> f64 {
    match mode {
        Mode::Off => 0.0,
        Mode::Heat => pid_out.max(0.0),
        Mode::Cool => pid_out.min(0.0),
        Mode::Auto { band_tenths } => {
            let band = band_tenths as f64 / 10.0;
            if (temp - setpoint).abs() <= band { 0.0 } else { pid_out }
        }
    }
}

fn main() {
    let mut pid = Pid { kp: 8.0, ki: 0.4, kd: 1.5, ..Default::default() };
    let mut room = Room { temp: 12.0, outside: 5.0 };
    let schedule: [(u32, Mode, f64); 4] = [
        (0, Mode::Heat, 21.0),
        (120, Mode::Auto { band_tenths: 5 }, 19.5),
        (240, Mode::Cool, 17.0),
        (300, Mode::Off, 0.0),
    ];
    let mut log = [0.0f64; 6];
    let mut log_pos = 0usize;
    let (mut mode, mut setpoint) = (Mode::Off, 0.0);
    let dt = 1.0;
    for minute in 0..360u32 {
        for &(at, m, sp) in schedule.iter() {
            if at == minute {
                mode = m;
                setpoint = sp;
                println!("minute {:>3}: mode {:?} setpoint {}", minute, mode, setpoint);
            }
        }
        let out = pid.update(setpoint, room.temp, dt);
        let power = effective_power(mode, out, room.temp, setpoint);
        room.step(power, dt);
        if minute % 60 == 59 {
            log[log_pos % log.len()] = room.temp;
            log_pos += 1;
        }
    }
    for (hour, t) in log.iter().enumerate() {
        println!("hour {} temp {:>6.2}", hour + 1, t);
    }
    let peak = {
        let mut p = f64::NEG_INFINITY;
        for &t in &log {
            p = p.max(t);
        }
        p
    };
    println!("peak {:.2}, final mode {:?}", peak, mode);
}
