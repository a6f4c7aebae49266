package source

import (
	"slices"
	"strings"
	"testing"
)

// sameEvent is one sentence in each of several news languages, written for
// these tests, about the same event so that only the language differs.
var sameEvent = []struct{ want, text string }{
	{"en", "The city council voted on Tuesday to close the old bridge for repairs, and residents said the detour would add twenty minutes to their journeys."},
	{"es", "El ayuntamiento votó el martes a favor de cerrar el puente viejo para repararlo, y los vecinos dijeron que el desvío alargará sus trayectos veinte minutos."},
	{"fr", "Le conseil municipal a voté mardi la fermeture du vieux pont pour des réparations, et les habitants ont dit que la déviation allongerait leurs trajets de vingt minutes."},
	{"de", "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke für Reparaturen zu sperren, und die Anwohner sagten, die Umleitung verlängere ihre Wege um zwanzig Minuten."},
	{"it", "Il consiglio comunale ha votato martedì per chiudere il vecchio ponte per i lavori di riparazione, e i residenti hanno detto che la deviazione allungherà i loro viaggi."},
	{"pt", "A câmara municipal votou na terça-feira pelo encerramento da velha ponte para obras, e os moradores disseram que o desvio vai acrescentar vinte minutos às suas viagens."},
	{"nl", "De gemeenteraad heeft dinsdag besloten de oude brug te sluiten voor reparaties, en bewoners zeiden dat de omleiding hun reis met twintig minuten verlengt."},
	{"pl", "Rada miejska zagłosowała we wtorek za zamknięciem starego mostu na czas remontu, a mieszkańcy powiedzieli, że objazd wydłuży ich podróże o dwadzieścia minut."},
	{"tr", "Belediye meclisi salı günü eski köprünün onarım için kapatılmasına karar verdi ve sakinler yolculuklarının yirmi dakika uzayacağını söyledi."},
	{"ru", "Городской совет во вторник проголосовал за закрытие старого моста на ремонт, и жители сказали, что объезд удлинит их поездки на двадцать минут."},
	{"uk", "Міська рада у вівторок проголосувала за закриття старого мосту на ремонт, і мешканці сказали, що об'їзд подовжить їхні поїздки на двадцять хвилин."},
	{"ar", "صوت مجلس المدينة يوم الثلاثاء على إغلاق الجسر القديم لإصلاحه، وقال السكان إن الطريق البديل سيضيف عشرين دقيقة إلى رحلاتهم."},
	{"hi", "नगर परिषद ने मंगलवार को मरम्मत के लिए पुराने पुल को बंद करने के पक्ष में मतदान किया, और निवासियों ने कहा कि इससे उनकी यात्रा लंबी हो जाएगी।"},
	{"zh", "市议会周二投票决定关闭旧桥进行维修，居民们表示绕行将使他们的行程增加二十分钟。"},
	{"ja", "市議会は火曜日、修理のために古い橋を閉鎖することを決定し、住民は迂回路で移動時間が二十分増えると話した。"},
	{"ko", "시의회는 화요일 수리를 위해 오래된 다리를 폐쇄하기로 결정했으며 주민들은 우회로 때문에 이동 시간이 20분 늘어날 것이라고 말했다."},
}

func TestDetectLanguage(t *testing.T) {
	for _, tt := range sameEvent {
		t.Run("detects "+tt.want, func(t *testing.T) {
			// In parallel: each language's model is loaded on first use,
			// and loads racing each other must be safe.
			t.Parallel()
			if got := DetectLanguage(tt.text); got != tt.want {
				t.Errorf("DetectLanguage(%.40q…) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestSurelyEnglishOnlyForEnglish(t *testing.T) {
	// whatlanggo answers first, and only for English: every other language
	// must be left to lingua.
	for _, tt := range sameEvent {
		if got := surelyEnglish(langSample(tt.text)); got != (tt.want == "en") {
			t.Errorf("surelyEnglish(%.40q…) = %v, text in %q", tt.text, got, tt.want)
		}
	}
}

func TestDetectLanguageUndetermined(t *testing.T) {
	tests := []struct{ name, text string }{
		{"empty text", ""},
		{"digits and punctuation only", "2025-08-18 12:00 — 4.2m (+3%)"},
		{"too few letters", "OK, 2 of 3."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := DetectLanguage(tt.text); got != "" {
				t.Errorf("DetectLanguage(%q) = %q, want \"\"", tt.text, got)
			}
		})
	}
}

func TestDetectLanguageReadsOnlyTheStart(t *testing.T) {
	// An English article with a long French appendix is English: only the
	// first langSampleBytes count.
	en := strings.Repeat("The council said the bridge would reopen in the spring after the repairs. ", 25)
	fr := strings.Repeat("Le conseil a dit que le pont rouvrirait au printemps après les travaux. ", 100)
	if got := DetectLanguage(en + fr); got != "en" {
		t.Errorf("DetectLanguage(en+fr) = %q, want en", got)
	}
	if s := langSample(en + fr); len(s) > langSampleBytes {
		t.Errorf("sample is %d bytes, want ≤ %d", len(s), langSampleBytes)
	}
}

func TestNewsLanguages(t *testing.T) {
	got := NewsLanguages()
	for _, want := range []string{"en", "es", "fr", "de", "ar", "zh", "ru"} {
		if !slices.Contains(got, want) {
			t.Errorf("NewsLanguages() = %v, missing %q", got, want)
		}
	}
}

func BenchmarkDetectLanguage(b *testing.B) {
	text := strings.Repeat("The city council voted on Tuesday to close the old bridge for repairs, and residents said the detour would add twenty minutes. ", 12)
	DetectLanguage(text) // load the models outside the timing
	b.ResetTimer()
	for b.Loop() {
		DetectLanguage(text)
	}
	b.ReportMetric(float64(peakRSS(b))/(1<<20), "peakRSS-MB")
}
