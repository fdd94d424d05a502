#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Verbosity {
    Quiet,
    #[default]
    Normal,
    Loud,
}

#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Settings {
    pub verbosity: Verbosity,
    pub threads: u8,
    pub ratio: f32,
    pub dry_run: bool,
    pub(crate) revision: u32,
}

impl Settings {
    pub const DEFAULT_THREADS: u8 = 4;

    pub fn revision(&self) -> u32 {
        self.revision
    }

    pub fn with_threads(self, threads: u8) -> Settings {
        Settings { threads, ..self }
    }

    pub fn bumped(self) -> Settings {
        Settings { revision: self.revision + 1, ..self }
    }
}

pub static PRESETS: [(&str, Settings); 2] = [
    ("fast", Settings { verbosity: Verbosity::Quiet, threads: 8, ratio: 0.5, dry_run: false, revision: 0 }),
    ("safe", Settings { verbosity: Verbosity::Loud, threads: 1, ratio: 1.0, dry_run: true, revision: 0 }),
];
