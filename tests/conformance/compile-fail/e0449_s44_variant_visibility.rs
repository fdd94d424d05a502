// `pub` written where the enum's own visibility decides.
pub enum Command {
    pub Start,
    Stop { pub(crate) code: i32 },
    Pause(pub u32),
}

pub struct Runner {
    steps: u32,
}

pub impl Runner {
    fn step(&mut self) -> u32 {
        self.steps += 1;
        self.steps
    }
}

fn run(cmd: Command, runner: &mut Runner) -> u32 {
    match cmd {
        Command::Start => runner.step(),
        Command::Stop { code } => code as u32,
        Command::Pause(ms) => ms,
    }
}

fn main() {
    let mut never_set: u32;
    let mut runner = Runner { steps: 0 };
    println!("{}", run(Command::Start, &mut runner));
}
