// lints: non_camel_case_types non_snake_case non_upper_case_globals
struct sensor_frame {
    rawValue: u16,
    channel_ID: u8,
}

enum led_state {
    on,
    Off,
    blinking_fast,
}

type byte_pair = (u8, u8);

const maxChannels: u8 = 8;
static default_gain: u16 = 3;

mod DeviceIo {
    pub fn ReadFrame(BusId: u8) -> u16 {
        let RawByte = BusId as u16;
        RawByte * 2
    }
}

impl sensor_frame {
    const scaleFactor: u16 = 10;

    fn Scaled(&self) -> u16 {
        self.rawValue * Self::scaleFactor
    }

    fn new(Channel: u8) -> sensor_frame {
        sensor_frame { rawValue: DeviceIo::ReadFrame(Channel), channel_ID: Channel }
    }
}

fn mixedCase(pair: byte_pair) -> u8 {
    let (Hi, lo) = pair;
    Hi ^ lo
}

fn main() {
    let f = sensor_frame::new(2);
    println!("{} {}", f.Scaled(), f.channel_ID);
    let st = led_state::on;
    match st {
        led_state::on => println!("on"),
        led_state::Off => println!("off"),
        led_state::blinking_fast => println!("blink"),
    }
    println!("{} {}", maxChannels, default_gain);
    println!("{}", mixedCase((1, 2)));
    for Idx in 0..2 {
        println!("{}", Idx);
    }
    let _ = led_state::Off;
    let _ = led_state::blinking_fast;
    'Outer: loop {
        break 'Outer;
    }
}
