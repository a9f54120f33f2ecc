// The kk and ru fields of a section's text, side by side at full width. Sanity's `columns` option hands its column
// count down to the Portable Text fieldsets inside, which then squeeze each editor into half of its own column
// (about 120 px at a laptop width); this lays out the two members in a grid of our own and leaves them alone.
import {ObjectInputMember, type ObjectInputProps} from 'sanity'

export function SideBySideInput(props: ObjectInputProps) {
  return (
    <div style={{display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 16rem), 1fr))', gap: '1.25rem'}}>
      {props.members.map((member) => (
        <div key={member.key} style={{minWidth: 0}}>
          <ObjectInputMember
            member={member}
            renderAnnotation={props.renderAnnotation}
            renderBlock={props.renderBlock}
            renderInlineBlock={props.renderInlineBlock}
            renderField={props.renderField}
            renderInput={props.renderInput}
            renderItem={props.renderItem}
            renderPreview={props.renderPreview}
          />
        </div>
      ))}
    </div>
  )
}
